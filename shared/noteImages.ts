/**
 * The largest image a note may hold, however it arrives: pasted or dropped
 * into the editor (saved under the conference's `assets/`) or copied from a
 * folder being imported. One bound, so an image the editor accepts is one an
 * import copies too. 30 MB keeps any phone photo of a slide and refuses a
 * camera raw or a video renamed `.png`; the preview server's request limit is
 * sized for its base64 form.
 */
export const MAX_NOTE_IMAGE_BYTES = 30 * 1024 * 1024;
