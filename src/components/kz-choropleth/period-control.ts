// The period control of <kz-choropleth>: the slider, and play and pause, one period per step,
// 1.2 s apart (2.5 s for readers who ask for reduced motion), from the shown period to the last;
// play at the last starts over. A step of the player fades the fills; other changes draw at once.
import { nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Shown } from './choose-view.js';
import type { Presenter } from './presenter.js';
import { keptPeriodNote } from './period-break.js';
import { controlsTemplate } from './templates.js';

/** What the period control needs of its element. */
export interface PeriodControlHost extends ReactiveControllerHost {
  /** Whether the element shows the control (`controls`). */
  readonly controls: boolean;
  /** Redraws without working the view out again (only the play button changed). */
  redraw(): void;
  /** Moves to `period` as the reader would (announced, `kz-change`); `fade` for a player step. */
  changePeriod(period: string, fade: boolean): void;
}

/** The view the control steps through: its periods, in time order, and the one shown. */
export interface PeriodsShown {
  /** Null before the data. */
  readonly shown: { periods: readonly string[]; period: string } | null;
}

export class PeriodControl implements ReactiveController {
  playing = false;
  /** Whether the drawing under way fades the fills to the new period (a step of the player). */
  fading = false;
  /** Whether the next change of the `period` input is a step of the player. */
  stepping = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: PeriodControlHost,
    private readonly view: PeriodsShown,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** The `period` input changed: the drawing fades when a step of the player changed it. */
  periodChanged(): void {
    this.fading = this.stepping;
    this.stepping = false;
  }

  /** Slider and play button, with the note of a break in series; nothing for a single period. */
  template(shown: Shown, presenter: Presenter) {
    const { indicator, periods, period } = shown;
    const { messages, lang } = presenter;
    if (!this.host.controls || periods.length < 2) return nothing;
    const note = keptPeriodNote(this, indicator, period, periods, messages, lang);
    return controlsTemplate(
      messages,
      periods,
      period,
      this.playing,
      this.toggle,
      this.onSlider,
      note,
    );
  }

  toggle = (): void => {
    if (this.playing) {
      this.stop();
      return;
    }
    const shown = this.view.shown;
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

  private onSlider = (event: Event): void => {
    const index = Number((event.target as HTMLInputElement).value);
    const period = this.view.shown?.periods[index];
    if (period) this.host.changePeriod(period, false);
  };

  private schedule(): void {
    const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.timer = setTimeout(
      () => {
        const shown = this.view.shown;
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
