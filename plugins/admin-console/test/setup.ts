import { configure } from '@testing-library/react';

// The machines that run `pnpm test` also run the server tests and Chromium at the same time: give the screens
// time to load from the HTTP server before a query gives up (the default is 1 s; a loaded 2-core machine took 15 s here).
configure({ asyncUtilTimeout: 20_000 });
