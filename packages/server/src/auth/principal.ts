import { Role } from "./role";

/** Who is calling: a signed-in user or an integrator's API key. */
export interface Principal {
  kind: "user" | "apiKey";
  id: number;
  /** The user's e-mail or the key's name; what history rows record as the actor. */
  name: string;
  role: Role;
}
