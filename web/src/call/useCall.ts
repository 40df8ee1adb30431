/**
 * The call: the chat (messages, replies, safety, summary) grown with the camera and the
 * microphone. Face and voice readings are fused with the words in one CallFusion per session;
 * every few seconds the fused state is logged (labels and scores). Each modality can be switched
 * off on its own, and one that is refused or fails says so while the call goes on.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { FusedReading, ModalityReading } from '../../../core/fusion/types';
import type { FaceReading } from '../../../workers/face/reading';
import { addChatEmotionLog } from '../chat/chat-store';
import { pastBaseline } from '../chat/rebuild-memory';
import { useChat, type ChatState } from '../chat/useChat';
import { useVoiceWorker, type VoiceWorkerState } from '../perception/useVoiceWorker';
import { db } from '../store/db';
import { CallFusion } from './call-fusion';
import { modalityNotes } from './modality-notes';
import { STREAM_LOG_EVERY_MS, streamLogRow } from './log-row';
import { faceModalityReading, voiceModalityReading } from './readings';
import { useFaceCamera, type FaceCamera } from './useFaceCamera';
import { useModalityPreferences } from '../settings/modalities';

/** The live panel redraws at most this often, however fast frames are read. */
const PANEL_EVERY_MS = 250;

export interface Wanted {
  camera: boolean;
  microphone: boolean;
}

const NOTHING: Wanted = { camera: false, microphone: false };

export interface CallState {
  chat: ChatState;
  camera: FaceCamera;
  voice: VoiceWorkerState;
  fused: FusedReading | null;
  /** What the person wants on: what the switches show. */
  wanted: Wanted;
  notes: string[];
  /** The call is on screen: a session is open, or Start call was pressed and it is opening. */
  inCall: boolean;
  startCall(): Promise<void>;
  endCall(): Promise<void>;
  setDevice(device: keyof Wanted, on: boolean): void;
}

export function useCall(): CallState {
  // Both keyed by session, so a new call never shows the last one's state.
  const [made, setMade] = useState<{ sessionId: string; fusion: CallFusion } | null>(null);
  const [shown, setShown] = useState<{ sessionId: string; fused: FusedReading } | null>(null);
  const chat = useChat({ fusion: made });
  const [wanted, setWanted] = useState<Wanted | null>(null);
  const [starting, setStarting] = useState(false);
  const latest = useRef<{ fused?: FusedReading; face?: FaceReading; logged: number }>({
    logged: 0,
  });
  const redraw = useRef<ReturnType<typeof setTimeout>>(undefined);
  const { session } = chat;
  const sessionId = session?.id;
  const startedAt = session?.startedAt;

  const fusion = made && made.sessionId === sessionId ? made.fusion : null;
  const fused = shown && shown.sessionId === sessionId ? shown.fused : null;

  const showFused = useCallback((id: string, next: FusedReading) => {
    latest.current.fused = next;
    redraw.current ??= setTimeout(() => {
      redraw.current = undefined;
      const last = latest.current.fused;
      if (last) setShown({ sessionId: id, fused: last });
    }, PANEL_EVERY_MS);
  }, []);
  useEffect(() => () => clearTimeout(redraw.current), []);

  useEffect(() => {
    latest.current = { logged: 0 };
    if (sessionId === undefined || startedAt === undefined) return;
    let live = true;
    void pastBaseline(db, startedAt).then((baseline) => {
      const made = new CallFusion(baseline, startedAt, (next) => showFused(sessionId, next));
      if (live) setMade({ sessionId, fusion: made });
    });
    return () => void (live = false);
  }, [sessionId, startedAt, showFused]);

  const voice = useVoiceWorker();
  const streamed = useCallback(
    (reading: ModalityReading) => {
      if (!fusion || !sessionId) return;
      const next = fusion.push(reading);
      if (reading.at - latest.current.logged < STREAM_LOG_EVERY_MS) return;
      latest.current.logged = reading.at;
      const row = streamLogRow(next, latest.current.face, voice.reading, reading.at);
      void addChatEmotionLog(sessionId, row).catch((error: unknown) =>
        console.error('An emotion reading could not be stored', error),
      );
    },
    [fusion, sessionId, voice.reading],
  );
  const camera = useFaceCamera((face) => {
    latest.current.face = face;
    streamed(faceModalityReading(face, Date.now()));
  });

  const voiceReading = voice.reading;
  useEffect(() => {
    if (voiceReading) streamed(voiceModalityReading(voiceReading, Date.now()));
    // Once per new reading, not when the fusion callback changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [voiceReading]);

  useEffect(() => {
    fusion?.setOff('face', !camera.running);
    fusion?.setOff('voice', !voice.listening);
  }, [fusion, camera.running, voice.listening]);

  // A call already open when the page loads (a reload, another device) resumes without devices;
  // until the person touches a switch or starts a call, that is what the switches show.
  // Before a call the switches start from the person's choice in Settings.
  const { camera: cameraChoice, microphone: microphoneChoice } = useModalityPreferences();
  const preferred = useMemo(
    () => ({ camera: cameraChoice, microphone: microphoneChoice }),
    [cameraChoice, microphoneChoice],
  );
  const want = wanted ?? (session ? NOTHING : preferred);

  const setDevice = useCallback(
    (device: keyof Wanted, on: boolean) => {
      setWanted({ ...want, [device]: on });
      if (!session) return;
      const control = device === 'camera' ? camera : voice;
      if (on) void control.start();
      else control.stop();
    },
    [session, camera, voice, want],
  );

  const startCall = useCallback(async () => {
    setWanted(want);
    setStarting(true);
    // Asked for inside the click, before the session is written, so the browser lets them start.
    const devices = [
      want.microphone ? voice.start() : undefined,
      want.camera ? camera.start() : undefined,
    ];
    try {
      await chat.start();
    } finally {
      setStarting(false);
    }
    await Promise.all(devices);
  }, [want, voice, camera, chat]);

  const endCall = useCallback(async () => {
    camera.stop();
    voice.stop();
    await chat.end();
    setWanted(null);
  }, [camera, voice, chat]);
  return {
    chat,
    camera,
    voice,
    fused,
    wanted: want,
    inCall: Boolean(session) || starting,
    notes: [
      ...modalityNotes({ inCall: Boolean(session), wanted: want, camera, voice }),
      ...chat.modalityNotices,
    ],
    startCall,
    endCall,
    setDevice,
  };
}
