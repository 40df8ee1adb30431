/**
 * How many faces the landmarker looks for. In VIDEO mode MediaPipe tracks the faces it has and
 * runs its face detector again only while it tracks fewer than `numFaces`; asking for two when one
 * person is in view therefore runs the detector on every frame (about 8 ms of a 31 ms frame here).
 * So the worker tracks one face, and a BlazeFace census every second says when another face has
 * come into view: from then on it looks for two, and the reading is about the largest, until the
 * census has seen at most one face several times in a row.
 */
export type FaceCount = 1 | 2;

export class FaceCensus {
  private lastCensus = -Infinity;
  private quietCensuses = 0;
  private count: FaceCount = 1;

  constructor(
    private readonly everyMs = 1_000,
    /** Censuses in a row with at most one face before going back to tracking one. */
    private readonly quietToDrop = 3,
  ) {}

  /** The number of faces the landmarker should look for now. */
  get faces(): FaceCount {
    return this.count;
  }

  /** Whether a census is due at this frame's timestamp. */
  due(timestampMs: number): boolean {
    return timestampMs - this.lastCensus >= this.everyMs || timestampMs < this.lastCensus;
  }

  /** Records what a census saw; returns the number of faces to look for from now on. */
  record(facesSeen: number, timestampMs: number): FaceCount {
    this.lastCensus = timestampMs;
    if (facesSeen >= 2) {
      this.quietCensuses = 0;
      this.count = 2;
    } else if (this.count === 2 && ++this.quietCensuses >= this.quietToDrop) {
      this.quietCensuses = 0;
      this.count = 1;
    }
    return this.count;
  }

  reset(): void {
    this.lastCensus = -Infinity;
    this.quietCensuses = 0;
    this.count = 1;
  }
}
