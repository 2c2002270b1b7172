/**
 * A short summary of a browser's User-Agent for the list of one's sessions: enough to recognise
 * "Firefox on Windows" or "Safari on iPhone", without keeping or showing the whole string.
 */
export function summariseUserAgent(ua: string | null | undefined): { browser: string | null; system: string | null } {
  if (!ua) return { browser: null, system: null };
  // order matters: Edge and Opera also say Chrome, Chrome also says Safari
  const browsers: [RegExp, string][] = [
    [/Edg(A|iOS)?\//, 'Edge'],
    [/OPR\/|Opera/, 'Opera'],
    [/SamsungBrowser\//, 'Samsung Internet'],
    [/Firefox\/|FxiOS\//, 'Firefox'],
    [/Chrom(e|ium)\/|CriOS\//, 'Chrome'],
    [/Safari\//, 'Safari'],
  ];
  const systems: [RegExp, string][] = [
    [/iPhone/, 'iPhone'],
    [/iPad/, 'iPad'],
    [/Android/, 'Android'],
    [/Windows/, 'Windows'],
    [/Mac OS X|Macintosh/, 'macOS'],
    [/CrOS/, 'ChromeOS'],
    [/Linux/, 'Linux'],
  ];
  return {
    browser: browsers.find(([re]) => re.test(ua))?.[1] ?? null,
    system: systems.find(([re]) => re.test(ua))?.[1] ?? null,
  };
}
