const HAN = /\p{Script=Han}/u
const LETTER = /^\p{L}/u

const firstCharacter = (text: string) => [...text][0] ?? ''

/**
 * What the admin's avatar shows for a user, drawn on the page so that no picture is fetched from
 * outside (an intranet reaches no Gravatar). A Chinese name shows its first character, the
 * surname, the way a name stamp does; a Latin name its first and last initials (Jane Doe: JD). The
 * newsroom's account names may put a role before the name ("编辑 王晓"), so the last word is the
 * person. Without a name the address's first letter stands in.
 */
export function initialsOf(name: string | null | undefined, email?: string | null): string {
  const words = (name ?? '').trim().split(/\s+/).filter(Boolean)
  const person = words.at(-1)
  if (person && HAN.test(firstCharacter(person))) return firstCharacter(person)
  const latin = words.filter((word) => LETTER.test(word) && !HAN.test(firstCharacter(word)))
  if (latin.length > 0) {
    const first = firstCharacter(latin[0]!)
    const last = latin.length > 1 ? firstCharacter(latin.at(-1)!) : ''
    return `${first}${last}`.toUpperCase()
  }
  if (person) return firstCharacter(person)
  const fromEmail = firstCharacter((email ?? '').trim())
  return fromEmail ? fromEmail.toUpperCase() : '?'
}
