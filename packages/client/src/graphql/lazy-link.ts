import { ApolloLink, type FetchResult, type NextLink, Observable, type Operation } from "@apollo/client/core";

/**
 * A link whose code is downloaded the first time an operation needs it, so that what only a
 * few screens use (the WebSocket transport) stays out of the initial bundle.
 */
export class LazyLink extends ApolloLink {
  private link: Promise<ApolloLink> | undefined;

  constructor(private readonly load: () => Promise<ApolloLink>) {
    super();
  }

  override request(operation: Operation, forward: NextLink): Observable<FetchResult> {
    this.link ??= this.load();
    const link = this.link;
    return new Observable<FetchResult>((observer) => {
      let closed = false;
      let inner: { unsubscribe(): void } | undefined;
      link.then(
        (loaded) => {
          if (closed) return;
          const results = loaded.request(operation, forward);
          if (results) inner = results.subscribe(observer);
          else observer.complete();
        },
        (error: unknown) => observer.error(error),
      );
      return () => {
        closed = true;
        inner?.unsubscribe();
      };
    });
  }
}
