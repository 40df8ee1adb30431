/**
 * The report's PDF layout, shared by the device and the server. It draws on any object with
 * jsPDF's drawing methods (`PdfDocument` is the subset it uses), so this file needs neither the
 * package nor a DOM: the page passes a jsPDF with its charts as PNGs, the server the same without.
 */
import type { SummarySection } from './summary';

export interface PdfDocument {
  setFont(fontName: string, fontStyle?: string): unknown;
  setFontSize(size: number): unknown;
  setTextColor(r: number, g: number, b: number): unknown;
  text(text: string | string[], x: number, y: number): unknown;
  splitTextToSize(text: string, maxWidth: number): string[];
  addImage(
    imageData: string,
    format: string,
    x: number,
    y: number,
    width: number,
    height: number,
  ): unknown;
  addPage(): unknown;
  internal: { pageSize: { getWidth(): number; getHeight(): number } };
}

/** A chart drawn into the PDF: its PNG (a data URL), its size in pixels and its text alternative. */
export interface ReportChart {
  title: string;
  png: string;
  width: number;
  height: number;
  /** One sentence saying what the chart shows, printed under it. */
  description: string;
}

const MARGIN = 15;
const LINE = 5.2;

/** Writes the title, the summary sections and then the charts, breaking pages as needed (mm). */
export function layoutReport(
  doc: PdfDocument,
  title: string,
  sections: readonly SummarySection[],
  charts: readonly ReportChart[] = [],
): void {
  const width = doc.internal.pageSize.getWidth() - 2 * MARGIN;
  const bottom = doc.internal.pageSize.getHeight() - MARGIN;
  let y = MARGIN + 5;
  const room = (height: number) => {
    if (y + height <= bottom) return;
    doc.addPage();
    y = MARGIN + 5;
  };

  doc.setTextColor(20, 40, 38);
  doc.setFont('helvetica', 'bold');
  doc.setFontSize(18);
  doc.text(title, MARGIN, y);
  y += 10;
  for (const section of sections) {
    room(12);
    doc.setFont('helvetica', 'bold');
    doc.setFontSize(13);
    doc.text(section.heading, MARGIN, y);
    y += 7;
    doc.setFont('helvetica', 'normal');
    doc.setFontSize(10.5);
    for (const line of section.lines) {
      // One wrapped line per text call, so a PDF text extractor reads each as written.
      for (const part of doc.splitTextToSize(line, width)) {
        room(LINE);
        doc.text(part, MARGIN, y);
        y += LINE;
      }
    }
    y += 4;
  }
  for (const chart of charts) {
    const height = (chart.height / chart.width) * width;
    room(height + 18);
    doc.setFont('helvetica', 'bold');
    doc.setFontSize(12);
    doc.text(chart.title, MARGIN, y);
    y += 3;
    doc.addImage(chart.png, 'PNG', MARGIN, y, width, height);
    y += height + 5;
    doc.setFont('helvetica', 'normal');
    doc.setFontSize(9.5);
    for (const part of doc.splitTextToSize(chart.description, width)) {
      room(LINE);
      doc.text(part, MARGIN, y);
      y += LINE;
    }
    y += 4;
  }
}
