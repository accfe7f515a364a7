import { nameFromFile } from './upload-panel';

describe('nameFromFile', () => {
  it('makes a valid dataset name from a file name', () => {
    expect(nameFromFile('Support Chats (march).jsonl')).toBe('support-chats-march');
    expect(nameFromFile('train.v2.csv')).toBe('train.v2');
    expect(nameFromFile('###.txt')).toBe('dataset');
  });
});
