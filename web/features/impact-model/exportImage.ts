import { ApiError } from '../../api/client.js';

/** The file name the server gives in Content-Disposition, or a fallback. */
function filenameOf(response: Response, fallback: string): string {
  const match = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '');
  return match?.[1] ?? fallback;
}

function download(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('svg_not_rendered'));
    image.src = url;
  });
}

/**
 * Fetches the server's SVG diagram, draws it on a canvas at twice its size (sharp on screens and in
 * documents) and downloads the result as a PNG.
 */
export async function downloadPng(svgUrl: string, scale = 2): Promise<void> {
  const response = await fetch(svgUrl, { credentials: 'same-origin' });
  if (!response.ok) {
    const problem = await response.json().catch(() => null);
    throw new ApiError(problem ?? { type: 'about:blank', title: response.statusText, status: response.status, code: 'internal', detail: response.statusText });
  }
  const svg = await response.text();
  const filename = filenameOf(response, 'impact-model.svg').replace(/\.svg$/, '.png');
  const svgBlobUrl = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = await loadImage(svgBlobUrl);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
    const width = Number(doc.getAttribute('width')) || image.naturalWidth || 1200;
    const height = Number(doc.getAttribute('height')) || image.naturalHeight || 800;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no_canvas');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!png) throw new Error('no_png');
    download(png, filename);
  } finally {
    URL.revokeObjectURL(svgBlobUrl);
  }
}
