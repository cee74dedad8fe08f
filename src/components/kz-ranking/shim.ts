// TEMPORARY: stands in for src/internal/ until it is on main (then the imports point there).
import { LitElement } from 'lit';
import { followPageLang, unfollowPageLang } from '../../i18n/page-lang.js';

export type WarningCode = string;
export type Warn = (code: WarningCode, message: string, fix: string) => void;
const warned = new Set<string>();

export class KzElement extends LitElement {
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }
  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }
  override connectedCallback(): void {
    super.connectedCallback();
    followPageLang(this);
  }
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unfollowPageLang(this);
  }
  protected warn(code: WarningCode, message: string, fix: string): void {
    const text = `<${this.localName}> [kz-${code}] ${message}. Fix: ${fix}.`;
    if (warned.has(text)) return;
    warned.add(text);
    console.warn(text);
  }
}

export class KzEvent<D> extends CustomEvent<D> {
  constructor(type: string, detail: D) {
    super(type, { detail, bubbles: true, composed: true });
  }
}

export interface KzErrorDetail {
  code: string;
  message: string;
  fix: string;
  url?: string;
  status?: number;
}

export class KzErrorEvent extends KzEvent<KzErrorDetail> {
  constructor(detail: KzErrorDetail) {
    super('kz-error', detail);
  }
}

export function sameItems(
  a: readonly unknown[],
  b: readonly unknown[] | null | undefined,
): boolean {
  return !!b && a.length === b.length && a.every((v, i) => v === b[i]);
}
