// Must be the first import of main.tsx. zod compiles fast object parsers with `new Function`, which
// our CSP (script-src 'self', no 'unsafe-eval') refuses — and reports as a violation. Turning the
// compiler off has to happen before any schema module runs, since zod decides per schema at creation.
import { z } from 'zod';

z.config({ jitless: true });
