import type { Core } from '../../app/core';
import { completeFirstRun, exportActivePack, exportSettings, getSettingsState, importSettings, saveKommune, saveOrganisation, saveProfile } from '../../settings/settings';
import { loadSampleData, removeSampleData } from '../../settings/sampleData';
import { listTemplates, templateById } from '../../templates/templateList';
import type { HandlerTable } from '../dispatch';

/** Settings, the sample data and the templates. Every settings command answers with the settings as they now are. */
export function settingsHandlers(core: Core) {
  const state = () => getSettingsState(core);
  return {
    'settings.get': () => state(),
    'settings.completeFirstRun': (input) => {
      completeFirstRun(core, input);
      return state();
    },
    'settings.saveProfile': (input) => {
      saveProfile(core, input);
      return state();
    },
    'settings.saveOrganisation': (input) => {
      saveOrganisation(core, input);
      return state();
    },
    'settings.saveKommune': (input) => {
      saveKommune(core, input);
      return state();
    },
    'settings.export': () => exportSettings(core),
    'templates.exportPack': () => exportActivePack(core),
    'settings.import': async () => ((await importSettings(core)) ? state() : null),
    'sample.load': () => {
      loadSampleData(core);
      return state();
    },
    'sample.remove': () => {
      removeSampleData(core);
      return state();
    },

    'template.list': () => listTemplates(core.db),
    'template.get': ({ id, version }) => templateById(core.db, id, version),
  } satisfies Partial<HandlerTable>;
}
