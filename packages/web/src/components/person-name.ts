/** A person's name the way registries write it: «Иванов Иван Иванович». */
export function fullName(p: { lastName: string; firstName: string; middleName: string | null }): string {
  return [p.lastName, p.firstName, p.middleName].filter(Boolean).join(' ');
}
