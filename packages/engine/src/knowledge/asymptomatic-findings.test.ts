import { describe, expect, it } from 'vitest';
import { asymptomaticFindings, prevalenceAt } from './asymptomatic-findings.js';

describe('prevalence of findings in people without back pain', () => {
  it('gives the confirmed decade figures exactly', () => {
    expect(prevalenceAt('disc-degeneration', 20)).toEqual({ share: 0.37, atLeast: false, figureAge: 20 });
    expect(prevalenceAt('disc-bulge', 50)).toEqual({ share: 0.6, atLeast: false, figureAge: 50 });
    expect(prevalenceAt('disc-bulge', 80)).toEqual({ share: 0.84, atLeast: false, figureAge: 80 });
  });

  it('interpolates between confirmed ages and skips unconfirmed cells', () => {
    expect(prevalenceAt('disc-degeneration', 45)).toEqual({ share: 0.74, atLeast: false, figureAge: 45 });
    // Bulge at 65: 60 and 70 are unconfirmed, so it lies between 50 (60%) and 80 (84%).
    expect(prevalenceAt('disc-bulge', 65)).toEqual({ share: 0.72, atLeast: false, figureAge: 65 });
  });

  it('past the last confirmed age, gives a floor and the age it was measured at', () => {
    expect(prevalenceAt('facet-arthropathy', 75)).toEqual({ share: 0.32, atLeast: true, figureAge: 50 });
  });

  it('rises with age for every finding', () => {
    for (const finding of Object.keys(asymptomaticFindings) as (keyof typeof asymptomaticFindings)[]) {
      let previous = 0;
      for (let age = 18; age <= 95; age++) {
        const { share } = prevalenceAt(finding, age);
        expect(share).toBeGreaterThanOrEqual(previous);
        previous = share;
      }
    }
  });
});
