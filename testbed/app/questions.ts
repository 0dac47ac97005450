// The questions of the testbed's quizzes: the four types the scenarios answer (truefalse, multichoice
// with one or several answers, shortanswer, numerical) and an essay they leave blank, as in a real exam.

export type QuestionDef =
  | { readonly qtype: 'truefalse'; readonly text: string; readonly correct: boolean }
  | { readonly qtype: 'multichoice'; readonly text: string; readonly choices: readonly string[]; readonly correct: readonly number[]; readonly single: boolean }
  | { readonly qtype: 'shortanswer'; readonly text: string; readonly correct: string }
  | { readonly qtype: 'numerical'; readonly text: string; readonly correct: number }
  | { readonly qtype: 'essay'; readonly text: string };

export const QUESTIONS = {
  earth: { qtype: 'truefalse', text: 'The Earth orbits the Sun.', correct: true },
  prime: { qtype: 'multichoice', text: 'Which of these is a prime number?', choices: ['7', '8', '10', '9'], correct: [0], single: true },
  amphibian: { qtype: 'shortanswer', text: 'Name an amphibian (one word).', correct: 'frog' },
  water: { qtype: 'truefalse', text: 'Water boils at 50 degrees Celsius at sea level.', correct: false },
  odd: { qtype: 'multichoice', text: 'Select all the odd numbers.', choices: ['2', '1', '4', '3'], correct: [1, 3], single: false },
  answer: { qtype: 'numerical', text: 'What is 6 times 7?', correct: 42 },
  essay: { qtype: 'essay', text: 'Describe your favourite experiment.' },
} as const satisfies Record<string, QuestionDef>;
