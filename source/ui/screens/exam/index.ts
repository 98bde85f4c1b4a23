export {ExamScreen} from './exam-screen.js';
export type {ExamScreenOptions, ExamScreenProps} from './exam-screen.js';
