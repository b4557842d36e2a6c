/*
 * The contract's routes as a client needs them: method and URL only. Their schemas come in as types
 * (`import type`), so a browser bundle that calls the registry through `@toolbox/sdk/api/client` carries neither
 * TypeBox nor a schema object. test/api/clientRoutes.test.ts keeps this list and the contract's routes one to one.
 */
import type * as R from './index.ts';
import type { RouteRef } from './route.ts';

// apps
export const listApps: RouteRef<typeof R.listApps> = { method: 'GET', url: '/api/apps' };
export const getApp: RouteRef<typeof R.getApp> = { method: 'GET', url: '/api/apps/:id' };
export const registerApp: RouteRef<typeof R.registerApp> = { method: 'POST', url: '/api/apps' };
export const patchApp: RouteRef<typeof R.patchApp> = { method: 'PATCH', url: '/api/apps/:id' };
export const handOverApp: RouteRef<typeof R.handOverApp> = { method: 'PUT', url: '/api/apps/:id/owner' };

// attachments
export const uploadAttachment: RouteRef<typeof R.uploadAttachment> = { method: 'POST', url: '/api/apps/:id/attachments' };
export const getAttachment: RouteRef<typeof R.getAttachment> = { method: 'GET', url: '/api/apps/:id/attachments/:attachmentId' };
export const listUnitPeople: RouteRef<typeof R.listUnitPeople> = { method: 'GET', url: '/api/org/units/:id/people' };

// audit
export const listAudit: RouteRef<typeof R.listAudit> = { method: 'GET', url: '/api/audit' };

// auth
export const login: RouteRef<typeof R.login> = { method: 'POST', url: '/api/auth/login' };
export const logout: RouteRef<typeof R.logout> = { method: 'POST', url: '/api/auth/logout' };

// catalog
export const getCatalog: RouteRef<typeof R.getCatalog> = { method: 'GET', url: '/api/catalog' };

// health
export const getHealth: RouteRef<typeof R.getHealth> = { method: 'GET', url: '/api/health' };

// data
export const listRecords: RouteRef<typeof R.listRecords> = { method: 'GET', url: '/api/apps/:id/data/:collection' };
export const getRecord: RouteRef<typeof R.getRecord> = { method: 'GET', url: '/api/apps/:id/data/:collection/:docId' };
export const createRecord: RouteRef<typeof R.createRecord> = { method: 'POST', url: '/api/apps/:id/data/:collection' };
export const replaceRecord: RouteRef<typeof R.replaceRecord> = { method: 'PUT', url: '/api/apps/:id/data/:collection/:docId' };
export const deleteRecord: RouteRef<typeof R.deleteRecord> = { method: 'DELETE', url: '/api/apps/:id/data/:collection/:docId' };
export const getRecordStats: RouteRef<typeof R.getRecordStats> = { method: 'GET', url: '/api/apps/:id/data/:collection/stats' };
export const getRecordHistory: RouteRef<typeof R.getRecordHistory> = { method: 'GET', url: '/api/apps/:id/data/:collection/:docId/history' };
export const listDeletedRecords: RouteRef<typeof R.listDeletedRecords> = { method: 'GET', url: '/api/apps/:id/data/:collection/deleted' };
export const purgeRecord: RouteRef<typeof R.purgeRecord> = { method: 'DELETE', url: '/api/apps/:id/data/:collection/deleted/:docId' };
export const restoreRecord: RouteRef<typeof R.restoreRecord> = { method: 'POST', url: '/api/apps/:id/data/:collection/deleted/:docId/restore' };
export const exportRecords: RouteRef<typeof R.exportRecords> = { method: 'GET', url: '/api/apps/:id/data/:collection/export' };
export const importRecords: RouteRef<typeof R.importRecords> = { method: 'POST', url: '/api/apps/:id/data/:collection/import' };
export const getImportProgress: RouteRef<typeof R.getImportProgress> = { method: 'GET', url: '/api/apps/:id/data/:collection/import/progress/:token' };
export const readSheetColumns: RouteRef<typeof R.readSheetColumns> = { method: 'POST', url: '/api/sheets/columns' };

// lifecycle
export const deprecateApp: RouteRef<typeof R.deprecateApp> = { method: 'POST', url: '/api/apps/:id/deprecate' };
export const retireApp: RouteRef<typeof R.retireApp> = { method: 'POST', url: '/api/apps/:id/retire' };
export const restoreApp: RouteRef<typeof R.restoreApp> = { method: 'POST', url: '/api/apps/:id/restore' };

// me
export const getMe: RouteRef<typeof R.getMe> = { method: 'GET', url: '/api/me' };
export const patchMe: RouteRef<typeof R.patchMe> = { method: 'PATCH', url: '/api/me' };
export const changeMyPassword: RouteRef<typeof R.changeMyPassword> = { method: 'PUT', url: '/api/me/password' };
export const getPins: RouteRef<typeof R.getPins> = { method: 'GET', url: '/api/me/pins' };
export const putPins: RouteRef<typeof R.putPins> = { method: 'PUT', url: '/api/me/pins' };

// oidc
export const getAuthMethods: RouteRef<typeof R.getAuthMethods> = { method: 'GET', url: '/api/auth/methods' };
export const oidcLogin: RouteRef<typeof R.oidcLogin> = { method: 'GET', url: '/api/auth/oidc/login' };
export const oidcCallback: RouteRef<typeof R.oidcCallback> = { method: 'GET', url: '/api/auth/oidc/callback' };

// org
export const listUnits: RouteRef<typeof R.listUnits> = { method: 'GET', url: '/api/org/units' };
export const createUnit: RouteRef<typeof R.createUnit> = { method: 'POST', url: '/api/org/units' };
export const patchUnit: RouteRef<typeof R.patchUnit> = { method: 'PATCH', url: '/api/org/units/:id' };
export const deleteUnit: RouteRef<typeof R.deleteUnit> = { method: 'DELETE', url: '/api/org/units/:id' };

// ratings
export const rateApp: RouteRef<typeof R.rateApp> = { method: 'POST', url: '/api/apps/:id/ratings' };
export const listRatings: RouteRef<typeof R.listRatings> = { method: 'GET', url: '/api/apps/:id/ratings' };

// reviewSettings
export const getReviewSettings: RouteRef<typeof R.getReviewSettings> = { method: 'GET', url: '/api/review-settings' };
export const putReviewSettings: RouteRef<typeof R.putReviewSettings> = { method: 'PUT', url: '/api/review-settings' };

// review
export const getReview: RouteRef<typeof R.getReview> = { method: 'GET', url: '/api/reviews/:year' };
export const getAppReview: RouteRef<typeof R.getAppReview> = { method: 'GET', url: '/api/reviews/:year/apps/:id' };

// roster
export const importRoster: RouteRef<typeof R.importRoster> = { method: 'POST', url: '/api/org/import' };
export const exportRoster: RouteRef<typeof R.exportRoster> = { method: 'GET', url: '/api/org/export' };
export const getRosterTemplate: RouteRef<typeof R.getRosterTemplate> = { method: 'GET', url: '/api/org/import/template' };

// sessions
export const listMySessions: RouteRef<typeof R.listMySessions> = { method: 'GET', url: '/api/me/sessions' };
export const endMySession: RouteRef<typeof R.endMySession> = { method: 'DELETE', url: '/api/me/sessions/:id' };
export const endMyOtherSessions: RouteRef<typeof R.endMyOtherSessions> = { method: 'DELETE', url: '/api/me/sessions' };
export const getSessionSettings: RouteRef<typeof R.getSessionSettings> = { method: 'GET', url: '/api/settings/sessions' };
export const putSessionSettings: RouteRef<typeof R.putSessionSettings> = { method: 'PUT', url: '/api/settings/sessions' };

// tokens
export const mintToken: RouteRef<typeof R.mintToken> = { method: 'POST', url: '/api/tokens' };
export const listTokens: RouteRef<typeof R.listTokens> = { method: 'GET', url: '/api/tokens' };
export const revokeToken: RouteRef<typeof R.revokeToken> = { method: 'DELETE', url: '/api/tokens/:tokenId' };

// usage
export const recordUsage: RouteRef<typeof R.recordUsage> = { method: 'POST', url: '/api/usage' };

// users
export const listUsers: RouteRef<typeof R.listUsers> = { method: 'GET', url: '/api/users' };
export const createUser: RouteRef<typeof R.createUser> = { method: 'POST', url: '/api/users' };
export const patchUser: RouteRef<typeof R.patchUser> = { method: 'PATCH', url: '/api/users/:id' };
export const resetUserPassword: RouteRef<typeof R.resetUserPassword> = { method: 'POST', url: '/api/users/:id/password-reset' };

// versionReview
export const approveVersion: RouteRef<typeof R.approveVersion> = { method: 'POST', url: '/api/apps/:id/versions/:version/approve' };
export const rejectVersion: RouteRef<typeof R.rejectVersion> = { method: 'POST', url: '/api/apps/:id/versions/:version/reject' };
export const getReviewQueue: RouteRef<typeof R.getReviewQueue> = { method: 'GET', url: '/api/review-queue' };
export const getVersionDiff: RouteRef<typeof R.getVersionDiff> = { method: 'GET', url: '/api/apps/:id/versions/:version/diff' };
export const getTrustedUnits: RouteRef<typeof R.getTrustedUnits> = { method: 'GET', url: '/api/review/trusted-units' };
export const putTrustedUnits: RouteRef<typeof R.putTrustedUnits> = { method: 'PUT', url: '/api/review/trusted-units' };

// versions
export const publishVersion: RouteRef<typeof R.publishVersion> = { method: 'POST', url: '/api/apps/:id/versions' };
export const listVersions: RouteRef<typeof R.listVersions> = { method: 'GET', url: '/api/apps/:id/versions' };
export const rollbackVersion: RouteRef<typeof R.rollbackVersion> = { method: 'POST', url: '/api/apps/:id/rollback' };
