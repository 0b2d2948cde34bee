#!/usr/bin/env node
// Entry point kept outside dist/ so npm can link it before the first build.
import('../dist/main.js').catch((error) => {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/main.js')) {
    process.stderr.write('spine-advisor: not built yet — run "npm run build" (or "npm start") first\n');
  } else {
    process.stderr.write(`spine-advisor: ${error?.stack ?? error}\n`);
  }
  process.exitCode = 1;
});
