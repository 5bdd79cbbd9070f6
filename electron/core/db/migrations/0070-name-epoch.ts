import type { Migration } from '../types';

/**
 * The privacy guard checks anonymous items and exports against every child's and parent's name (tens of thousands at
 * kommune scale). The core keeps those names indexed in memory; this value, changed by triggers whenever a name
 * could have changed, tells it when to rebuild the index – one read instead of re-reading every name per keystroke.
 */
export const migration0070: Migration = {
  version: 70,
  name: 'name-epoch',
  up(db) {
    // A random value, not a count: after a rolled-back change the old value returns, and must not be mistaken for
    // the value a later, different change would give.
    const bump = 'UPDATE name_epoch SET n = random();';
    db.exec(`
      CREATE TABLE name_epoch (n INTEGER NOT NULL) STRICT;
      INSERT INTO name_epoch (n) VALUES (random());
      CREATE TRIGGER name_epoch_children_ai AFTER INSERT ON children BEGIN ${bump} END;
      CREATE TRIGGER name_epoch_children_au AFTER UPDATE OF name ON children BEGIN ${bump} END;
      CREATE TRIGGER name_epoch_children_ad AFTER DELETE ON children BEGIN ${bump} END;
      CREATE TRIGGER name_epoch_people_ai AFTER INSERT ON people BEGIN ${bump} END;
      CREATE TRIGGER name_epoch_people_au AFTER UPDATE OF name, role ON people BEGIN ${bump} END;
      CREATE TRIGGER name_epoch_people_ad AFTER DELETE ON people BEGIN ${bump} END;
      CREATE TRIGGER name_epoch_guardians_ai AFTER INSERT ON guardians BEGIN ${bump} END;
      CREATE TRIGGER name_epoch_guardians_ad AFTER DELETE ON guardians BEGIN ${bump} END;
    `);
  },
};
