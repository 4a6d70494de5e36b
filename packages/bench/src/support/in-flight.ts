/**
 * How long a stretch of work left the marketplace with no request of this process to answer.
 * Every HTTP request of this process (the server's marketplace client and the bench's bare
 * client alike) goes through undici's global dispatcher, so a counting interceptor on it sees
 * each request start and end.
 */
import { getGlobalDispatcher, setGlobalDispatcher, type Dispatcher } from "undici";

export interface InFlightMeter {
  /** Starts timing; the returned function gives the ms since then with no request in flight. */
  start(): () => number;
  /** Puts the dispatcher back as it was. */
  close(): void;
}

export function inFlightMeter(): InFlightMeter {
  const original = getGlobalDispatcher();
  let inFlight = 0;
  let idleMs = 0;
  /** When the current stretch with nothing in flight began, while one runs. */
  let idleSince: number | null = performance.now();
  const began = () => {
    if (inFlight++ === 0 && idleSince !== null) {
      idleMs += performance.now() - idleSince;
      idleSince = null;
    }
  };
  const ended = () => {
    if (--inFlight === 0) idleSince = performance.now();
  };
  const counting: Dispatcher.DispatcherComposeInterceptor = (dispatch) => (options, handler) => {
    began();
    let done = false;
    const end = () => {
      if (!done) {
        done = true;
        ended();
      }
    };
    // The product's transport hands undici handlers of the current kind; Node's own fetch may
    // still hand the older kind (onHeaders, onData, onComplete...), passed through as they are.
    if (!handler.onRequestStart) {
      type Legacy = { onComplete?: (...args: unknown[]) => unknown; onError?: (...args: unknown[]) => unknown };
      const legacy = handler as Legacy;
      // Its methods keep their own `this` (the wrapper, which inherits the rest).
      const wrapper = Object.create(handler) as Legacy;
      wrapper.onComplete = function (this: unknown, ...args: unknown[]) {
        end();
        return legacy.onComplete?.apply(this, args);
      };
      wrapper.onError = function (this: unknown, ...args: unknown[]) {
        end();
        return legacy.onError?.apply(this, args);
      };
      return dispatch(options, wrapper as Dispatcher.DispatchHandler);
    }
    return dispatch(options, {
      onRequestStart: (controller, context) => handler.onRequestStart?.(controller, context),
      onRequestUpgrade: (controller, statusCode, headers, socket) => handler.onRequestUpgrade?.(controller, statusCode, headers, socket),
      onResponseStart: (controller, statusCode, headers, statusMessage) => handler.onResponseStart?.(controller, statusCode, headers, statusMessage),
      onResponseData: (controller, chunk) => handler.onResponseData?.(controller, chunk),
      onResponseEnd: (controller, trailers) => {
        end();
        handler.onResponseEnd?.(controller, trailers);
      },
      onResponseError: (controller, error) => {
        end();
        handler.onResponseError?.(controller, error);
      },
    });
  };
  setGlobalDispatcher(original.compose(counting));
  /** ms with nothing in flight since the meter was made, the current stretch included. */
  const idleSoFar = () => idleMs + (idleSince === null ? 0 : performance.now() - idleSince);
  return {
    start() {
      const before = idleSoFar();
      return () => idleSoFar() - before;
    },
    close() {
      setGlobalDispatcher(original);
    },
  };
}
