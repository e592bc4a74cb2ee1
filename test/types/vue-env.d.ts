// GlobalComponents for the tags (generated from the manifest), and the element classes for event details.
import type {} from 'recovery-kit/vue';
import type {} from '../../src/elements/crisis-help/define.js';
