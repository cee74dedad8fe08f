import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the period player needs of its element. */
export interface PeriodPlayerHost extends ReactiveControllerHost {
  /** Redraws without working the view out again (only the play button changed). */
  redraw(): void;
  /** The periods to play through, in time order, and the one shown (null before the data). */
  periodsShown(): { periods: readonly string[]; period: string } | null;
  /** Moves to `period` as the reader would (announced, `kz-change`); `fade` for a player step. */
  changePeriod(period: string, fade: boolean): void;
}

/**
 * Play and pause for the period control: one period per step, 1.2 s apart (2.5 s for readers who
 * ask for reduced motion), from the shown period to the last; play at the last starts over.
 */
export class PeriodPlayer implements ReactiveController {
  playing = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: PeriodPlayerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.stop();
  }

  toggle = (): void => {
    if (this.playing) {
      this.stop();
      return;
    }
    const shown = this.host.periodsShown();
    if (!shown) return;
    this.playing = true;
    this.host.redraw();
    const { periods, period } = shown;
    if (periods.indexOf(period) >= periods.length - 1) this.host.changePeriod(periods[0], true);
    this.schedule();
  };

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.playing) {
      this.playing = false;
      this.host.redraw();
    }
  }

  private schedule(): void {
    const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.timer = setTimeout(
      () => {
        const shown = this.host.periodsShown();
        if (!this.playing || !shown) return;
        const { periods, period } = shown;
        const i = periods.indexOf(period);
        if (i < 0 || i >= periods.length - 1) return this.stop();
        this.host.changePeriod(periods[i + 1], true);
        if (i + 1 >= periods.length - 1) this.stop();
        else this.schedule();
      },
      reduced ? 2500 : 1200,
    );
  }
}
