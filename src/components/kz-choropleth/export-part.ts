// The part of <kz-choropleth> fetched when a reader first uses the export menu (or a page script
// asks for an export): everything the menu does, so that pages that only show maps never
// download it.
export { svgExport, csvExport, embedViewOf, type SvgExport } from './export-view.js';
export { downloadImage, downloadCsv, copyEmbed } from './export-actions.js';
