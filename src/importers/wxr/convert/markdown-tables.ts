// GFM tables for turndown. (turndown-plugin-gfm has had no release since 2018 and keeps tables
// without a header row as HTML, which Silkpress's renderer would show as text; so we own this.)
import type TurndownService from 'turndown';

function tableOf(node: Node): HTMLTableElement | null {
  for (let n: Node | null = node.parentNode; n; n = n.parentNode) {
    if (n.nodeName === 'TABLE') return n as HTMLTableElement;
  }
  return null;
}

function rowsOf(table: HTMLTableElement): Element[] {
  return Array.from(table.querySelectorAll('tr')).filter((tr) => tableOf(tr) === table);
}

function cellCount(row: Element): number {
  return Array.from(row.children).filter((c) => c.nodeName === 'TD' || c.nodeName === 'TH').length;
}

/** Adds rules turning any HTML table into a GFM table; the first row becomes the header. */
export function addTableRules(service: TurndownService): void {
  service.addRule('tableCell', {
    filter: ['th', 'td'],
    replacement: (content) =>
      ` ${content
        .replace(/\s*\n\s*/g, ' ')
        .replace(/\|/g, '\\|')
        .trim()} |`,
  });
  service.addRule('tableRow', {
    filter: 'tr',
    replacement: (content, node) => {
      const table = tableOf(node);
      if (!table) return content;
      const rows = rowsOf(table);
      const width = Math.max(1, ...rows.map(cellCount));
      const cells = cellCount(node);
      const line = `|${content}${'  |'.repeat(Math.max(0, width - cells))}\n`;
      return rows[0] === node ? `\n${line}|${' --- |'.repeat(width)}\n` : line;
    },
  });
  service.addRule('tableSection', {
    filter: ['thead', 'tbody', 'tfoot'],
    replacement: (content) => content,
  });
  service.addRule('tableCaption', {
    filter: 'caption',
    replacement: (content) => (content.trim() === '' ? '' : `\n\n_${content.trim()}_\n\n`),
  });
  service.addRule('table', {
    filter: 'table',
    replacement: (content) => `\n\n${content.replace(/\n+/g, '\n').trim()}\n\n`,
  });
}
