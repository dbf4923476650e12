/**
 * Highlighted snippets from PostgreSQL's ts_headline. The search statement asks ts_headline to
 * mark matches with two private-use characters (removed from the text first, so none is the
 * text's own); this turns its output into plain text plus the highlighted ranges, and into HTML
 * with the text escaped, so a client never has to trust markup that came from an article.
 */
export const MATCH_START = "\uE000";
export const MATCH_END = "\uE001";

export interface TextRange {
  /** UTF-16 offsets into the snippet's text, end exclusive. */
  start: number;
  end: number;
}

export interface Snippet {
  text: string;
  highlights: TextRange[];
  html: string;
}

export function snippetOf(headline: string): Snippet {
  let text = "";
  let html = "";
  const highlights: TextRange[] = [];
  let open: number | null = null;
  const close = () => {
    if (open === null) return;
    if (text.length > open) {
      highlights.push({ start: open, end: text.length });
      html += "</mark>";
    } else {
      html = html.slice(0, -"<mark>".length); // nothing was marked
    }
    open = null;
  };
  for (const char of headline) {
    if (char === MATCH_START) {
      if (open === null) {
        open = text.length;
        html += "<mark>";
      }
    } else if (char === MATCH_END) {
      close();
    } else {
      text += char;
      html += escapeHtml(char);
    }
  }
  close();
  return { text, highlights, html };
}

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

function escapeHtml(char: string): string {
  return ENTITIES[char] ?? char;
}
