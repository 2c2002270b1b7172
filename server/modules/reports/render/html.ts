import type { Block, ReportDocument } from './document.js';

// A standalone, accessible HTML document: one file with its styles, the page's language, real
// headings in order, tables with a caption and header cells, charts as images with alt text.

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const STYLE = `
body{font-family:Roboto,Arial,Helvetica,sans-serif;color:#1a1b1e;line-height:1.55;margin:0;background:#fff}
main{max-width:46rem;margin:0 auto;padding:1.5rem 1rem 3rem}
h1{font-size:2rem;line-height:1.2;margin:1rem 0 .8rem;color:#0b3d62}
h2{font-size:1.6rem;line-height:1.25;margin:2.4rem 0 .8rem;color:#0b3d62}
h3{font-size:1.25rem;margin:1.8rem 0 .6rem;color:#0b3d62}
h4{font-size:1.05rem;margin:1.4rem 0 .5rem}
p.note{color:#495057;font-size:.95rem}
p.narrative{font-size:1.02rem}
header p{margin:.2rem 0;color:#495057}
blockquote{margin:1rem 0;padding:.4rem 1rem;border-left:4px solid #0072B2;background:#f1f6fb}
blockquote p{margin:.2rem 0;font-style:italic}
blockquote footer{font-size:.9rem;color:#343a40}
.table-wrap{overflow-x:auto;margin:1rem 0}
.table-wrap:focus{outline:3px solid #0072B2}
table{border-collapse:collapse;width:100%;font-size:.92rem}
caption{text-align:left;font-weight:600;padding:.3rem 0;caption-side:top}
th,td{border:1px solid #ced4da;padding:.3rem .5rem;vertical-align:top}
thead th{background:#e9ecef;text-align:left}
tbody th{text-align:left;font-weight:400}
tr.strong th,tr.strong td{font-weight:700;background:#f8f9fa}
td.n{text-align:right}
figure{margin:1.2rem 0}
figure img{max-width:100%;height:auto;border:1px solid #e9ecef}
figcaption{font-weight:600;font-size:.92rem;margin-top:.3rem}
@media print{.table-wrap{overflow:visible}}
`;

function block(b: Block, index: number): string {
  switch (b.kind) {
    case 'heading':
      // the document's title is the one h1; chapters are h2, their sections h3 and h4
      return `<h${b.level + 1}>${esc(b.text)}</h${b.level + 1}>`;
    case 'paragraph':
      return `<p class="${b.tone}">${esc(b.text)}</p>`;
    case 'list':
      return `<ul>${b.items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`;
    case 'quote':
      return `<blockquote><p>“${esc(b.text)}”</p><footer>— ${esc(b.attribution)}</footer></blockquote>`;
    case 'table': {
      const head = `<thead><tr>${b.columns.map((c) => `<th scope="col">${esc(c)}</th>`).join('')}</tr></thead>`;
      const rows = b.rows
        .map(
          (r) =>
            `<tr${r.strong ? ' class="strong"' : ''}><th scope="row">${esc(r.header)}</th>${r.cells
              .map((c) => (typeof c === 'number' ? `<td class="n">${c}</td>` : `<td>${esc(c)}</td>`))
              .join('')}</tr>`,
        )
        .join('');
      // a wide table scrolls inside a region the keyboard can reach, named by its caption
      const id = `table-${index}`;
      return `<div class="table-wrap" role="region" tabindex="0" aria-labelledby="${id}"><table><caption id="${id}">${esc(b.caption)}</caption>${head}<tbody>${rows}</tbody></table></div>`;
    }
    case 'figure': {
      const src = `data:image/svg+xml;base64,${Buffer.from(b.svg, 'utf8').toString('base64')}`;
      return `<figure><img src="${src}" alt="${esc(b.alt)}" width="${b.width}" height="${b.height}"><figcaption>${esc(b.caption)}</figcaption></figure>`;
    }
  }
}

export function renderHtml(doc: ReportDocument): Buffer {
  const html = `<!doctype html>
<html lang="${doc.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Impact Monitor">
<title>${esc(doc.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<header><h1>${esc(doc.title)}</h1>${doc.intro.map((l) => `<p>${esc(l)}</p>`).join('')}</header>
${doc.blocks.map(block).join('\n')}
</main>
</body>
</html>
`;
  return Buffer.from(html, 'utf8');
}
