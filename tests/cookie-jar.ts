// A stand-in for next/headers' cookie jar, so that server actions and route handlers can run
// in integration tests as if a browser had sent these cookies.
export type JarCookie = { name: string; value: string; maxAge?: number | undefined };

export class CookieJar {
  readonly cookies = new Map<string, JarCookie>();
  get(name: string) {
    return this.cookies.get(name);
  }
  getAll() {
    return [...this.cookies.values()];
  }
  set(name: string, value: string, options: { maxAge?: number } = {}) {
    if (options.maxAge === 0) this.cookies.delete(name);
    else this.cookies.set(name, { name, value, maxAge: options.maxAge });
  }
  delete(name: string) {
    this.cookies.delete(name);
  }
}

export const jar = { current: new CookieJar() };
