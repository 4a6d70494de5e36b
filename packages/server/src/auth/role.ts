export enum Role {
  ADMIN = "ADMIN",
  STAFF = "STAFF",
  INTEGRATOR = "INTEGRATOR",
}
