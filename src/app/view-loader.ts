import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { ViewDefinition, ViewProps } from '../runtime/view';

type ViewComponent = ComponentType<ViewProps>;

const loaded = new Map<string, ViewComponent>();
const loading = new Map<string, Promise<ViewComponent>>();
const components = new Map<string, LazyExoticComponent<ViewComponent>>();

/** Starts loading a view's code, once, and resolves to its component. */
export function loadView(view: ViewDefinition): Promise<ViewComponent> {
  let promise = loading.get(view.id);
  if (!promise) {
    promise = view.load().then((module) => {
      loaded.set(view.id, module.default);
      return module.default;
    });
    // A failed load (offline before the chunk was cached) may be tried again.
    promise.catch(() => loading.delete(view.id));
    loading.set(view.id, promise);
  }
  return promise;
}

/**
 * The view as a lazy component. React reads a lazy component's module through the
 * thenable its loader returns, and takes it at once when that thenable calls back
 * synchronously: so a view whose code is already here (the first view, loaded before the
 * page hydrates) renders in the same pass, and hydration finds nothing suspended.
 */
export function viewComponent(view: ViewDefinition): LazyExoticComponent<ViewComponent> {
  let component = components.get(view.id);
  if (!component) {
    component = lazy(() => {
      const ready = loaded.get(view.id);
      if (!ready) return loadView(view).then((loadedComponent) => ({ default: loadedComponent }));
      const synchronous = { then: (resolve: (module: { default: ViewComponent }) => unknown) => resolve({ default: ready }) };
      return synchronous as unknown as Promise<{ default: ViewComponent }>;
    });
    components.set(view.id, component);
  }
  return component;
}
