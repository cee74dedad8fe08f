// The area of each district, computed from the geokz district polygons: the only district-level
// series available, and not an official statistic.
import { join } from 'node:path';
import mapshaper from 'mapshaper';
import { geoArea } from 'd3-geo';
import { convert, run, shared } from './context.mjs';
import { GEOKZ_SOURCE } from './sources.mjs';

const EARTH_RADIUS_KM = 6371.0088;
async function districtAreas() {
  const adm2 = join(shared, 'geo/source/geokz/kaz_admbnda_adm2_2024.shp');
  const output = await mapshaper.applyCommands(
    `-i ${JSON.stringify(adm2)} -clean gap-fill-area=1km2 -o format=geojson gj2008 districts.json`,
  );
  const features = JSON.parse(output['districts.json']).features;
  const rows = features
    .map((f) => [f.properties.ADM2_PCODE, String(Math.round(geoArea(f) * EARTH_RADIUS_KM ** 2))])
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const csv = convert.formatDelimited([['ADM2_PCODE', 'area_km2'], ...rows]);
  return run('kaz_admbnda_adm2_2024 (computed areas)', convert.convertCsv, csv, {
    id: 'district-area',
    name: { en: 'Area of the district', ru: 'Площадь района', kk: 'Аудан аумағы' },
    unit: { en: 'km²', ru: 'км²', kk: 'км²' },
    better: 'neutral',
    decimals: 0,
    period: '2024',
    columns: { area: 'ADM2_PCODE', value: 'area_km2' },
    level: 'district',
    source: GEOKZ_SOURCE,
    definition: {
      en: 'Area of each district polygon of the geokz 2024 boundaries, in square kilometres, on a sphere of radius 6371.0088 km, after filling the tiny gaps between polygons (mapshaper -clean gap-fill-area=1km2), rounded to whole km².',
      ru: 'Площадь каждого полигона района по границам geokz 2024 года в квадратных километрах на сфере радиусом 6371,0088 км после заполнения мелких зазоров между полигонами (mapshaper -clean gap-fill-area=1km2), округлённая до целых км².',
      kk: 'geokz 2024 жылғы шекаралары бойынша әр аудан полигонының ауданы, шаршы километрмен, радиусы 6371,0088 км сферада, полигондар арасындағы ұсақ саңылауларды толтырғаннан кейін (mapshaper -clean gap-fill-area=1km2), бүтін км²-ге дейін дөңгелектелген.',
    },
    notes: {
      en: 'Computed by this project, not an official statistic: lakes inside districts (Balkhash, the Kazakh part of the Aral Sea, Zaysan) are included, the Caspian Sea is not.',
      ru: 'Рассчитано в этом проекте, не официальная статистика: озёра внутри районов (Балхаш, казахстанская часть Аральского моря, Зайсан) включены, Каспийское море — нет.',
      kk: 'Осы жобада есептелген, ресми статистика емес: аудандар ішіндегі көлдер (Балқаш, Арал теңізінің Қазақстандағы бөлігі, Зайсан) қосылған, Каспий теңізі қосылмаған.',
    },
  });
}
export const districts = await districtAreas();
