// The SDK's root entry as the share scope hands it to apps: the whole namespace, in a chunk of its own. The desktop
// imports only the parts it uses; what only apps use (the manifest schema, defineLightApp, the lifecycle table…,
// about 2 kB gzip) comes with this chunk, requested at the first sign of an open (loadRemoteApp.ts) and awaited
// only when an app's code asks the share scope for @toolbox/sdk (federation.ts).
import * as Sdk from '@toolbox/sdk';

export { Sdk };

// The two lazy screens that show a date (the account dialog's sessions, the retired-app page) take the Shanghai-time
// functions from here, so the time module stays inside this chunk: were it a chunk of its own (shared by them and
// this one), a cold open would wait for one more request after this chunk arrives.
export { shanghaiDateTime, shanghaiDay } from '@toolbox/sdk';
