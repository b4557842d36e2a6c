/** The version of the host API (`ToolboxContext`) that this SDK describes. A manifest's `sdk` range is checked against it. */
export const SDK_API_VERSION = '1.0.0';
