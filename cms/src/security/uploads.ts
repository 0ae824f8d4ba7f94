/**
 * Uploads are checked by what they are, not by their name or declared type: the first bytes must be
 * those of a JPEG, PNG, GIF, WebP or AVIF image, sharp (the image library Strapi's upload plugin
 * already uses) must decode the whole image, and the file may carry no markup that a browser could
 * sniff as HTML or SVG (an image with a page appended, a polyglot). Run by the route guard on the
 * media library's upload routes, before Strapi stores anything.
 */
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';

/** Magic bytes of the raster formats editors may upload (cms/config/plugins.ts allows the same types). */
const SIGNATURES: { type: string; test: (b: Buffer) => boolean }[] = [
  { type: 'image/jpeg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { type: 'image/png', test: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { type: 'image/gif', test: (b) => ['GIF87a', 'GIF89a'].includes(b.subarray(0, 6).toString('latin1')) },
  { type: 'image/webp', test: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP' },
  { type: 'image/avif', test: (b) => b.subarray(4, 8).toString('latin1') === 'ftyp' && /^avi[fs]$/.test(b.subarray(8, 12).toString('latin1')) },
];

/**
 * Markup a browser would run if it ever took the file for a document: long enough (5+ characters) not to
 * turn up by chance in compressed image data, and not XMP metadata (which starts `<?xpacket`/`<x:xmpmeta`).
 */
const MARKUP = /<(script|html|svg[\s>]|iframe|!doctype|body[\s>]|object|embed)|javascript:/i;

export interface UploadedFile {
  filepath?: string;
  path?: string;
  originalFilename?: string;
  name?: string;
}

/** Why a file is refused, or null when it is a real raster image. */
export async function uploadProblem(file: UploadedFile): Promise<string | null> {
  const path = file.filepath ?? file.path;
  const name = file.originalFilename ?? file.name ?? 'file';
  if (!path) return `${name}: no file`;
  const bytes = await readFile(path);
  const signature = SIGNATURES.find((s) => s.test(bytes));
  if (!signature) return `${name}: not a JPEG, PNG, GIF, WebP or AVIF image`;
  if (MARKUP.test(bytes.toString('latin1'))) return `${name}: contains HTML or SVG`;
  try {
    // Decodes every pixel (metadata alone reads only the header); limitInputPixels guards against decompression bombs.
    await sharp(bytes, { limitInputPixels: 100_000_000, failOn: 'error' }).raw().toBuffer();
  } catch {
    return `${name}: not a readable ${signature.type.slice(6).toUpperCase()} image`;
  }
  return null;
}

/** The files of a multipart request (Strapi's body parser puts them in ctx.request.files). */
export function uploadedFiles(files: unknown): UploadedFile[] {
  if (!files || typeof files !== 'object') return [];
  return Object.values(files as Record<string, UploadedFile | UploadedFile[]>).flatMap((value) => (Array.isArray(value) ? value : [value]));
}
