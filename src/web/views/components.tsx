import type { Child } from 'hono/jsx';
import type { FieldErrors } from '../../errors.js';
import { REGION_KEYS } from '../presenters/names.js';
import { CsrfField } from './layout.js';
import type { PageContext } from './page-context.js';

export function FieldError({ ctx, errors, name }: { ctx: PageContext; errors?: FieldErrors; name: string }) {
  const error = errors?.[name];
  if (!error) return null;
  return <p class="error-text" id={`${name}-error`}>{ctx.t(error.key, ...(error.params ?? []))}</p>;
}

export function ErrorSummary({ ctx, errors }: { ctx: PageContext; errors?: FieldErrors }) {
  if (!errors || !Object.keys(errors).length) return null;
  return (
    <div class="cdx-message cdx-message--error" role="alert">
      {errors.form
        ? <p>{ctx.t(errors.form.key, ...(errors.form.params ?? []))}</p>
        : <p>{ctx.t('sangam-form-has-errors', Object.keys(errors).length)}</p>}
    </div>
  );
}

/** Marks a field invalid and points it at its error message, for screen readers. */
export const invalid = (errors: FieldErrors | undefined, name: string) =>
  errors?.[name] ? { 'aria-invalid': 'true', 'aria-describedby': `${name}-error` } : {};

/** With a hint, the field points at the hint and, when there is one, at its error too. */
export const described = (errors: FieldErrors | undefined, name: string) =>
  ({ 'aria-describedby': errors?.[name] ? `${name}-hint ${name}-error` : `${name}-hint`, ...(errors?.[name] ? { 'aria-invalid': 'true' } : {}) });

/** A POST button (with CSRF token and hidden fields) that works without JavaScript. */
export function ActionButton({ ctx, action, fields = {}, primary, destructive, children }: {
  ctx: PageContext; action: string; fields?: Record<string, string>; primary?: boolean; destructive?: boolean; children: Child;
}) {
  const classes = ['cdx-button', primary && 'cdx-button--primary', destructive && 'cdx-button--destructive'].filter(Boolean).join(' ');
  return (
    <form class="inline" method="post" action={action}>
      <CsrfField ctx={ctx} />
      {Object.entries(fields).map(([name, value]) => <input type="hidden" name={name} value={value} />)}
      <button class={classes} type="submit">{children}</button>
    </form>
  );
}

/** Paragraphs at blank lines, line breaks kept within them. */
export function Description({ text }: { text: string }) {
  return (
    <>
      {text.split(/\n\s*\n/).map((paragraph) => (
        <p dir="auto">{paragraph.split('\n').map((line, i) => <>{i > 0 && <br />}{line}</>)}</p>
      ))}
    </>
  );
}

/** A text field with its label, optional hint and error. */
export function TextField({ ctx, name, label, value, errors, hint, maxlength, required, type = 'text', dir = 'auto', extra = {} }: {
  ctx: PageContext; name: string; label: string; value: string; errors?: FieldErrors; hint?: string; maxlength?: number; required?: boolean;
  type?: string; dir?: string; extra?: Record<string, string | number>;
}) {
  return (
    <div class="field">
      <label for={name}>{label}</label>
      <input id={name} name={name} type={type} value={value} maxlength={maxlength} required={required} dir={dir} {...extra}
        {...(hint ? described(errors, name) : invalid(errors, name))} />
      {hint && <p class="hint" id={`${name}-hint`}>{hint}</p>}
      <FieldError ctx={ctx} errors={errors} name={name} />
    </div>
  );
}

export function TextArea({ ctx, name, label, value, errors, hint, maxlength }: {
  ctx: PageContext; name: string; label: string; value: string; errors?: FieldErrors; hint?: string; maxlength: number;
}) {
  return (
    <div class="field">
      <label for={name}>{label}</label>
      <textarea id={name} name={name} maxlength={maxlength} dir="auto" {...(hint ? described(errors, name) : invalid(errors, name))}>{value}</textarea>
      {hint && <p class="hint" id={`${name}-hint`}>{hint}</p>}
      <FieldError ctx={ctx} errors={errors} name={name} />
    </div>
  );
}

/** A list filter's "Region" choice: any, or one of the eight Wikimedia regions. */
export function RegionFilter({ ctx, value }: { ctx: PageContext; value: string }) {
  return (
    <div class="field">
      <label for="filter-region">{ctx.t('sangam-directory-region-label')}</label>
      <select id="filter-region" name="region">
        <option value="">{ctx.t('sangam-directory-any-region')}</option>
        {Object.entries(REGION_KEYS).map(([code, key]) => <option value={code} selected={code === value}>{ctx.t(key)}</option>)}
      </select>
    </div>
  );
}
