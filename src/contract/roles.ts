/** The roles a person may hold on a unit (Decree 73 Arts. 5–10), shared by the server and the web app. */
export { ROLES, type Role } from '../domain/case/case-snapshot.ts';
