// Trains one suggestion model off the main thread (suggestions.service.ts), so that the app goes
// on answering coders while the model learns. The learner is TypeScript; tsx compiles it here too.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { trainAndMeasure } = await import('./learner.ts');
parentPort.postMessage(trainAndMeasure(workerData));
