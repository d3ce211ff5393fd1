/**
 * Keeps what a reader types before the page is interactive. The build's HTML shows the
 * fields at once, but until React hydrates a field it resets it to the value it was
 * rendered with, and the typing would be lost. So text typed into a field before then is
 * noted, and once the field is hydrated it is typed again the way a user types: through
 * the element's own value setter and an `input` event, which React's onChange receives.
 */

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'url', 'email', 'tel', 'number', 'password', '']);

function isTextField(target: EventTarget | null): target is Field {
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(target.getAttribute('type') ?? '');
}

/** React marks the elements it has hydrated with its props; until then a field is the build's. */
function isHydrated(field: Field): boolean {
  return Object.keys(field).some((key) => key.startsWith('__reactProps$'));
}

function renderedValue(field: Field): string {
  if (field instanceof HTMLSelectElement) return [...field.options].find((option) => option.defaultSelected)?.value ?? field.options[0]?.value ?? '';
  return field.defaultValue;
}

function typeAgain(field: Field, value: string) {
  const prototype = Object.getPrototypeOf(field) as object;
  // React keeps the last value it saw through the element's own setter and ignores an
  // event that brings nothing new: tell it of another value first, then set the typed
  // one through the prototype's setter, which it does not watch.
  field.value = value === '' ? ' ' : '';
  Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(field, value);
  field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

/** How long to wait for a field's view to hydrate (a lazy view loads its code first). */
const GIVE_UP_AFTER_MS = 30_000;

/**
 * Frames in which a field typed again is watched. React attaches its props to a field while
 * it renders, and may commit, writing the built value back, some frames later: a field that
 * lost the typed text in that gap gets it once more.
 */
const SETTLE_FRAMES = 60;

export function keepEarlyInput(root: HTMLElement): void {
  const typed = new Map<Field, string>();
  // Fields the reader typed into after they were hydrated: from then on their text is theirs.
  const touched = new WeakSet<Field>();
  let retyping = false;
  const retype = (field: Field, value: string) => {
    retyping = true;
    try {
      typeAgain(field, value);
    } finally {
      retyping = false;
    }
  };
  // The first time always (React has yet to hear of the text), then whenever it was lost.
  const settle = (field: Field, value: string, frames: number) => {
    requestAnimationFrame(() => {
      if (!field.isConnected || touched.has(field)) return;
      if (frames === SETTLE_FRAMES || field.value !== value) retype(field, value);
      if (frames > 0) settle(field, value, frames - 1);
    });
  };
  // Checked every frame only while something typed waits for its field to hydrate.
  let checking = false;
  const check = () => {
    for (const [field, value] of typed) {
      if (!field.isConnected) {
        // A view made anew on hydration has a new field in the old one's place.
        typed.delete(field);
        const testId = field.dataset.testid;
        const successor = testId ? root.querySelector(`[data-testid="${CSS.escape(testId)}"]`) : null;
        if (isTextField(successor)) typed.set(successor, value);
      } else if (isHydrated(field)) {
        typed.delete(field);
        settle(field, value, SETTLE_FRAMES);
      }
    }
    checking = typed.size > 0;
    if (checking) requestAnimationFrame(check);
  };
  const startChecking = () => {
    if (checking) return;
    checking = true;
    requestAnimationFrame(check);
  };

  for (const field of root.querySelectorAll('input, textarea, select')) {
    if (isTextField(field) && field.value !== renderedValue(field)) typed.set(field, field.value);
  }
  if (typed.size > 0) startChecking();
  const note = (event: Event) => {
    if (!isTextField(event.target) || !root.contains(event.target)) return;
    if (isHydrated(event.target)) {
      if (!retyping) touched.add(event.target);
      return;
    }
    typed.set(event.target, event.target.value);
    startChecking();
  };
  document.addEventListener('input', note, true);
  document.addEventListener('change', note, true);
  setTimeout(() => {
    document.removeEventListener('input', note, true);
    document.removeEventListener('change', note, true);
    typed.clear();
  }, GIVE_UP_AFTER_MS);
}
