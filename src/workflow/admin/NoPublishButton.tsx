/**
 * Replaces Payload's own Publish button: publishing happens only through the review panel, which
 * shows it to those who may publish this version. Nobody sees a publish button they cannot use.
 */
export function NoPublishButton() {
  return null
}
