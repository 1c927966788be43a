/**
 * The one message protocol between the content script, the popup and the background.
 * Every request is a member of `Request`; `ResponseFor<R>` is what the background answers.
 * Only types and tiny guards live here, so importing this file never pulls the engine
 * into the content script.
 */
import type { Finding, Mode, Platform, PostImage } from '../rules/types';
import type { DraftState } from './draft-state';

/** storage.local key of the settings (utils/settings.ts); here so the content script can watch it cheaply. */
export const SETTINGS_KEY = 'postcheck:settings';

/** Load the engine (compromise, the news list) before the first real check. */
export interface WarmRequest {
  type: 'warm';
}

/** Check one draft. `mode: null` = account mode unknown: only rules common to both modes run. */
export interface CheckRequest {
  type: 'check';
  seq: number;
  text: string;
  mode: Mode | null;
  platform: Platform;
  /** City profile id; omitted = the one in settings. */
  profileId?: string;
  images?: PostImage[];
}

/**
 * Compare an attached image with the City's logos (issue 5). Chrome's messages are JSON, so the
 * content script sends the image as a base64 `dataUrl`; Firefox clones a `blob` as it is.
 */
export interface CheckImageRequest {
  type: 'check-image';
  dataUrl?: string;
  blob?: Blob;
  profileId?: string;
}

/** The mode remembered for an account key ("x:@handle"), null when never answered. */
export interface GetModeRequest {
  type: 'get-mode';
  account: string;
}

export interface SetModeRequest {
  type: 'set-mode';
  account: string;
  mode: Mode;
}

/** Content script → background: the tab's current draft changed (drives the toolbar badge and the popup). */
export interface DraftStateRequest {
  type: 'draft-state';
  state: DraftState | null;
}

/** Popup → background: what a tab shows. `tabId` null: the most recent tab with a draft (popup opened as a tab). */
export interface TabStateRequest {
  type: 'tab-state';
  tabId: number | null;
}

/** Popup → background: the user ticked (or unticked) a checklist item for the tab's current draft. */
export interface TickRequest {
  type: 'tick';
  tabId: number;
  draftId: string;
  item: string;
  checked: boolean;
}

/** Popup → background: the switch for the check before posting (settings.checkBeforePosting). */
export interface SetCheckBeforePostingRequest {
  type: 'set-check-before-posting';
  on: boolean;
}

export type Request =
  | WarmRequest
  | CheckRequest
  | CheckImageRequest
  | GetModeRequest
  | SetModeRequest
  | DraftStateRequest
  | TabStateRequest
  | TickRequest
  | SetCheckBeforePostingRequest;

export interface TabStateResponse {
  type: 'tab-state';
  tabId: number | null;
  state: DraftState | null;
  /** Checklist items the user ticked for this draft. */
  ticked: string[];
  checkBeforePosting: boolean;
}

export interface CheckResponse {
  type: 'checked';
  seq: number;
  findings: Finding[];
  /** Time spent in the engine, ms. */
  ms: number;
}

export interface CheckImageResponse {
  type: 'image-checked';
  /** null: no logo found, or the matcher is not installed (`available: false`). */
  logoMatch: { profile: string; score: number } | null;
  available: boolean;
  /** Time spent in the background decoding and matching, ms. */
  ms?: number;
  /** Time spent turning the data URL back into bytes, ms. */
  unpackMs?: number;
}

export interface ModeResponse {
  type: 'mode';
  account: string;
  mode: Mode | null;
  /** True when the account is listed as an official City account in settings. */
  official: boolean;
}

export interface OkResponse {
  type: 'ok';
}

export type ResponseFor<R extends Request> = R extends CheckRequest
  ? CheckResponse
  : R extends TabStateRequest | TickRequest
    ? TabStateResponse
  : R extends CheckImageRequest
    ? CheckImageResponse
    : R extends GetModeRequest | SetModeRequest
      ? ModeResponse
      : OkResponse;

const TYPES = new Set<Request['type']>(['warm', 'check', 'check-image', 'get-mode', 'set-mode', 'draft-state', 'tab-state', 'tick', 'set-check-before-posting']);

/** True when `value` looks like one of our requests (anything else is ignored by the background). */
export function isRequest(value: unknown): value is Request {
  return typeof value === 'object' && value !== null && TYPES.has((value as { type: Request['type'] }).type);
}
