import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A piece of text on a PDF page and its box, in points from the page's top left corner. */
export interface PdfText {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PdfPage {
  width: number;
  height: number;
  texts: PdfText[];
}

/** The text of every page of a PDF with where it is, read with PDF.js (no Debian package needed). */
export async function readPdf(bytes: Uint8Array): Promise<PdfPage[]> {
  const loading = getDocument({ data: new Uint8Array(bytes), useSystemFonts: false });
  const document = await loading.promise;
  const pages: PdfPage[] = [];
  try {
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      const { width, height } = page.getViewport({ scale: 1 });
      const { items } = await page.getTextContent();
      const texts: PdfText[] = [];
      for (const item of items) {
        if (!('str' in item) || !item.str.trim()) continue;
        // transform = [a, b, c, d, x, y]: the text's baseline origin, y counted from the bottom.
        const [, , , , x, y] = item.transform;
        texts.push({ text: item.str, x0: x, x1: x + item.width, y0: height - y - item.height, y1: height - y });
      }
      pages.push({ width, height, texts });
    }
  } finally {
    await loading.destroy();
  }
  return pages;
}

/**
 * All text of the PDF in the order it was drawn: pieces on one line that touch are joined as they are
 * (PDF.js splits a word where a ligature such as "ff" is one glyph), pieces further apart get a space,
 * and a new line starts a new line.
 */
export function pdfPlainText(pages: PdfPage[]): string {
  return pages
    .map((page) =>
      page.texts
        .map((t, i) => {
          const previous = page.texts[i - 1];
          if (!previous) return t.text;
          const height = t.y1 - t.y0;
          const sameLine = Math.abs(t.y1 - previous.y1) < height / 2;
          const touching = t.x0 - previous.x1 < height * 0.1 && t.x0 >= previous.x0;
          return `${sameLine ? (touching ? '' : ' ') : '\n'}${t.text}`;
        })
        .join(''),
    )
    .join('\n');
}
