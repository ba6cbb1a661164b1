/**
 * Replaces Payload's own publication controls in the edit view: the Publish button with its
 * dropdown (schedule publish) and the Unpublish item in the document menu. Publishing and taking
 * down happen only through the review panel, which shows them to those who may take them now.
 * Nobody sees a publication control outside the workflow.
 */
export function NoPublishButton() {
  return null
}
