/**
 * What a venue operator's directory looks like: the departments and user groups of a
 * stadium or arena, and names to combine. Weights are relative head counts; the module
 * profile says how likely a person in the department works with jobs and incidents, how
 * often they see the whole venue rather than their department, and the highest
 * confidential level the department usually handles.
 */

export interface DepartmentSpec {
  readonly name: string;
  readonly weight: number;
  readonly jobs: number;
  readonly incidents: number;
  readonly seeAll: number;
  readonly maxLevel: number;
}

export const DEPARTMENTS: readonly DepartmentSpec[] = [
  { name: 'Stewarding', weight: 24, jobs: 0.4, incidents: 0.8, seeAll: 0.15, maxLevel: 3 },
  { name: 'Security', weight: 18, jobs: 0.5, incidents: 0.95, seeAll: 0.4, maxLevel: 6 },
  { name: 'Catering', weight: 14, jobs: 0.8, incidents: 0.3, seeAll: 0.1, maxLevel: 2 },
  { name: 'Cleaning', weight: 10, jobs: 0.9, incidents: 0.25, seeAll: 0.1, maxLevel: 1 },
  { name: 'Facilities', weight: 8, jobs: 0.95, incidents: 0.5, seeAll: 0.3, maxLevel: 3 },
  { name: 'Ticketing', weight: 7, jobs: 0.5, incidents: 0.4, seeAll: 0.2, maxLevel: 2 },
  { name: 'Car Parks', weight: 5, jobs: 0.6, incidents: 0.5, seeAll: 0.1, maxLevel: 2 },
  { name: 'Medical', weight: 5, jobs: 0.3, incidents: 0.95, seeAll: 0.5, maxLevel: 8 },
  { name: 'Event Control', weight: 4, jobs: 0.95, incidents: 0.95, seeAll: 0.9, maxLevel: 9 },
];

/** Share of employees without a department (new starters, agency staff not yet placed). */
export const NO_DEPARTMENT_SHARE = 0.04;

export interface UserGroupSpec {
  readonly name: string;
  readonly description: string;
  /** Departments whose people usually belong to the group. */
  readonly departments: readonly string[];
  /** Chance of membership for someone in one of those departments. */
  readonly inDepartment: number;
  /** Chance for anyone else. */
  readonly otherwise: number;
}

export const USER_GROUPS: readonly UserGroupSpec[] = [
  { name: 'North Stand', description: 'Staff posted in the North Stand on event days.', departments: ['Stewarding', 'Security', 'Cleaning', 'Catering'], inDepartment: 0.2, otherwise: 0.02 },
  { name: 'South Stand', description: 'Staff posted in the South Stand on event days.', departments: ['Stewarding', 'Security', 'Cleaning', 'Catering'], inDepartment: 0.2, otherwise: 0.02 },
  { name: 'Gate A Team', description: 'Turnstiles, bag checks and queues at Gate A.', departments: ['Ticketing', 'Security', 'Stewarding'], inDepartment: 0.15, otherwise: 0.01 },
  { name: 'Gate B Team', description: 'Turnstiles, bag checks and queues at Gate B.', departments: ['Ticketing', 'Security', 'Stewarding'], inDepartment: 0.15, otherwise: 0.01 },
  { name: 'Night Shift', description: 'Overnight patrols, load-outs and deep cleans.', departments: ['Security', 'Cleaning', 'Facilities'], inDepartment: 0.25, otherwise: 0.02 },
  { name: 'First Aiders', description: 'Qualified first aiders, medical or not.', departments: ['Medical'], inDepartment: 0.9, otherwise: 0.04 },
  { name: 'Fire Wardens', description: 'Trained to sweep and clear their area in an evacuation.', departments: ['Facilities', 'Security', 'Event Control'], inDepartment: 0.2, otherwise: 0.02 },
  { name: 'Matchday Supervisors', description: 'Supervisors who sign off the pre-event checks.', departments: ['Event Control', 'Security', 'Stewarding'], inDepartment: 0.08, otherwise: 0.01 },
  { name: 'Hospitality Suites', description: 'Boxes, lounges and the players’ tunnel club.', departments: ['Catering'], inDepartment: 0.3, otherwise: 0.01 },
  { name: 'Concerts Crew', description: 'Extra crew for concerts and non-sport events.', departments: ['Stewarding', 'Facilities', 'Security'], inDepartment: 0.12, otherwise: 0.02 },
];

export const MAX_GROUPS_PER_EMPLOYEE = 3;

export const FIRST_NAMES: readonly string[] = [
  'Oliver', 'Amelia', 'Jack', 'Olivia', 'Harry', 'Isla', 'George', 'Ava', 'Noah', 'Emily',
  'Charlie', 'Sophie', 'Jacob', 'Grace', 'Alfie', 'Mia', 'Freddie', 'Poppy', 'Oscar', 'Ella',
  'Leo', 'Lily', 'Thomas', 'Chloe', 'James', 'Evie', 'William', 'Jessica', 'Joshua', 'Ruby',
  'Mohammed', 'Aisha', 'Daniel', 'Hannah', 'Samuel', 'Zara', 'Ethan', 'Priya', 'Liam', 'Niamh',
  'Connor', 'Siobhan', 'Ryan', 'Megan', 'Kwame', 'Ama', 'Tomasz', 'Agnieszka', 'Luca', 'Giulia',
  'Mateo', 'Lucia', 'Arjun', 'Ananya', 'Callum', 'Eilidh', 'Rhys', 'Ffion', 'Marcus', 'Chantelle',
];

export const SURNAMES: readonly string[] = [
  'Smith', 'Jones', 'Williams', 'Taylor', 'Brown', 'Davies', 'Evans', 'Wilson', 'Thomas', 'Johnson',
  'Roberts', 'Robinson', 'Thompson', 'Wright', 'Walker', 'White', 'Edwards', 'Hughes', 'Green', 'Hall',
  'Lewis', 'Harris', 'Clarke', 'Patel', 'Jackson', 'Wood', 'Turner', 'Martin', 'Cooper', 'Hill',
  'Ward', 'Morris', 'Moore', 'Clark', 'Lee', 'King', 'Baker', 'Harrison', 'Morgan', 'Allen',
  'Khan', 'Ahmed', 'Singh', 'Kaur', 'Murphy', "O'Brien", 'Kelly', 'MacDonald', 'Campbell', 'Stewart',
  'Nowak', 'Kowalski', 'Rossi', 'Garcia', 'Okafor', 'Mensah', 'Nguyen', 'Chen', 'Da Silva', 'Byrne',
];

/** Every demo email ends with this, so demo people are easy to find and to clean up. */
export const DEMO_EMAIL_DOMAIN = 'demo.gatehouse.test';
