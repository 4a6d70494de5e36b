import { computed, shallowRef } from "vue";
import type { LoginMutation } from "../graphql/generated";

export type SessionUser = LoginMutation["login"]["user"];

export interface Session {
  token: string;
  user: SessionUser;
}

export const SESSION_STORAGE_KEY = "pedidos.session";

function isSession(value: unknown): value is Session {
  if (typeof value !== "object" || value === null) return false;
  const { token, user } = value as Partial<Record<keyof Session, unknown>>;
  if (typeof token !== "string" || typeof user !== "object" || user === null) return false;
  const { id, email } = user as Partial<Record<keyof SessionUser, unknown>>;
  return typeof id === "string" && typeof email === "string";
}

function readStoredSession(): Session | null {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(SESSION_STORAGE_KEY) ?? "null");
    return isSession(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

// One session per tab, shared by every caller; other tabs' sign-in and sign-out follow along.
const current = shallowRef<Session | null>(readStoredSession());
window.addEventListener("storage", (event) => {
  if (event.key === SESSION_STORAGE_KEY || event.key === null) current.value = readStoredSession();
});

const token = computed(() => current.value?.token ?? null);
const user = computed(() => current.value?.user ?? null);
const isSignedIn = computed(() => current.value !== null);

function signIn(session: Session): void {
  localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(session));
  current.value = session;
}

function clear(): void {
  localStorage.removeItem(SESSION_STORAGE_KEY);
  current.value = null;
}

export function useSession() {
  return { token, user, isSignedIn, signIn, clear };
}
