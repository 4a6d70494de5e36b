import {
  createRouter,
  createWebHistory,
  type RouteLocationNormalized,
  type RouteLocationRaw,
  type RouteRecordRaw,
  type RouterHistory,
} from "vue-router";
import { useSession } from "./auth/use-session";

declare module "vue-router" {
  interface RouteMeta {
    /** Reachable without a session. */
    public?: boolean;
  }
}

export const routes: RouteRecordRaw[] = [
  { path: "/", redirect: { name: "orders" } },
  {
    path: "/iniciar-sesion",
    name: "sign-in",
    component: () => import("./auth/LoginPage.vue"),
    meta: { public: true },
  },
  { path: "/pedidos", name: "orders", component: () => import("./orders/OrdersPage.vue") },
  { path: "/pedidos/:id", name: "order", component: () => import("./orders/detail/OrderPage.vue") },
  { path: "/diagrama", name: "workflow", component: () => import("./workflow/WorkflowPage.vue") },
  { path: "/sincronizaciones", name: "syncs", component: () => import("./syncs/SyncsPage.vue") },
  { path: "/productos", name: "products", component: () => import("./products/ProductsPage.vue") },
  { path: "/configuracion", name: "settings", component: () => import("./settings/SettingsPage.vue") },
  { path: "/:pathMatch(.*)*", redirect: { name: "orders" } },
];

/** Signed-out users go to sign-in (and come back afterwards); signed-in ones skip it. */
export function sessionGuard(to: RouteLocationNormalized): true | RouteLocationRaw {
  const { isSignedIn } = useSession();
  if (to.meta.public) return isSignedIn.value && to.name === "sign-in" ? { name: "orders" } : true;
  return isSignedIn.value ? true : { name: "sign-in", query: { redirect: to.fullPath } };
}

/** Where to go after signing in: only a path inside this app. */
export function afterSignIn(redirect: unknown): RouteLocationRaw {
  return typeof redirect === "string" && redirect.startsWith("/") && !redirect.startsWith("//")
    ? redirect
    : { name: "orders" };
}

export function createAppRouter(history: RouterHistory = createWebHistory()) {
  const router = createRouter({ history, routes });
  router.beforeEach(sessionGuard);
  return router;
}
