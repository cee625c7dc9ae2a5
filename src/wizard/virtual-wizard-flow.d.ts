/** Made by src/integrations/wizard-flow.ts: where the wizard's flow file is served from. */
declare module 'virtual:wizard-flow' {
	/** The flow file's address, e.g. /_astro/wizard-flow.0123456789ab.json; it changes when the flow does. */
	export const flowUrl: string;
}
