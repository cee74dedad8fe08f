// A site's own bundle that includes kz-indicators from npm (bundled by the test with esbuild).
import 'kz-indicators';
