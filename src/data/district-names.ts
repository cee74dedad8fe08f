// Side-effect module: registers the names of the 224 districts (en, kk, ru and variants), so that
// areaInfo() shows them and resolveArea() reads district names. The converters and the
// command-line tool import it; a page that maps districts gets the names from the district map.
import { registerDistrictNames } from './areas.js';
import { DISTRICT_NAMES } from './district-names.generated.js';

registerDistrictNames(DISTRICT_NAMES);

export { DISTRICT_NAMES };
