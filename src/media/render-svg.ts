// SVG → PNG with sharp (librsvg draws the text with the system's fonts: Debian's fonts-dejavu-core
// and fonts-noto-cjk cover Latin, Cyrillic and Chinese). sharp is loaded on the first image: libvips
// adds ~28 MB to a process that may never draw one.

/** The PNG of an SVG document. */
export async function renderSvgToPng(svg: string): Promise<Buffer> {
  const { default: sharp } = await import('sharp');
  return sharp(Buffer.from(svg, 'utf8')).png({ compressionLevel: 9, palette: true }).toBuffer();
}
