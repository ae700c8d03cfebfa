/** The figures stage: figures of the article text, with the key ones marked. */
import type { PipelineContext } from '../stage';
import { scanFigures } from './scan';
import { markKey } from './rank';

export { scanFigures } from './scan';

/** Figures of a plain text, ranked: what `cli figures` prints and the stage stores. */
export function findFigures(text: string) {
  return markKey(scanFigures(text));
}

export function figuresStage(ctx: PipelineContext): void {
  ctx.report.figures = findFigures(ctx.report.text);
}
